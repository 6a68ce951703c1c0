module example.com/u
require gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405
require gopkg.in/yaml.v2 v2.4.0
