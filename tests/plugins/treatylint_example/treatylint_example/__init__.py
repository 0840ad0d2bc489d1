"""An example treatylint rule plugin (see docs/plugins.md)."""
