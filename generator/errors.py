"""Errors the command line catches; here so that catching them does not load spaCy."""


class ModelNotFound(RuntimeError):
    """No English spaCy model is installed."""


class ExecutionError(RuntimeError):
    """The analysis cannot run where it was asked to (e.g. Dask is not installed)."""


class ConfigError(RuntimeError):
    """The site's configuration file cannot be read; the message names it and the problem."""
