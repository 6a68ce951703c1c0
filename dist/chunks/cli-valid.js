import { k as getDefaultExportFromCjs } from './cli-boot.js';
import { r as requireRange } from './cli-range.js';

function _mergeNamespaces(n, m) {
  m.forEach(function (e) {
    e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
      if (k !== 'default' && !(k in n)) {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function () { return e[k]; }
        });
      }
    });
  });
  return Object.freeze(n);
}

var valid$2;
var hasRequiredValid;

function requireValid () {
	if (hasRequiredValid) return valid$2;
	hasRequiredValid = 1;

	const Range = requireRange();
	const validRange = (range, options) => {
	  try {
	    // Return '*' instead of '' so that truthiness works.
	    // This will throw if it's invalid anyway
	    return new Range(range, options).range || '*'
	  } catch (er) {
	    return null
	  }
	};
	valid$2 = validRange;
	return valid$2;
}

var validExports = requireValid();
var valid = /*@__PURE__*/getDefaultExportFromCjs(validExports);

var valid$1 = /*#__PURE__*/_mergeNamespaces({
  __proto__: null,
  default: valid
}, [validExports]);

export { valid$1 as v };
