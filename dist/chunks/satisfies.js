import { l as getDefaultExportFromCjs } from './main-boot.js';
import { r as requireSatisfies } from './satisfies2.js';

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

var satisfiesExports = requireSatisfies();
var satisfies = /*@__PURE__*/getDefaultExportFromCjs(satisfiesExports);

var satisfies$1 = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: satisfies
}, [satisfiesExports]);

export { satisfies$1 as s };
