"""The errors the stages raise and the command line catches; here, beside the data model, so
that a later stage can catch an earlier one's error without importing it, and catching them
does not load spaCy."""


class SeedError(Exception):
    """A seed that cannot become a briefing; the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):
        """Pickled as its two parts: failures come back from worker processes."""
        return (type(self), (self.source, self.problem))



class ModelNotFound(RuntimeError):
    """No English spaCy model is installed."""


class ExecutionError(RuntimeError):
    """The analysis cannot run where it was asked to (e.g. Dask is not installed)."""


class ConfigError(RuntimeError):
    """The site's configuration file cannot be read; the message names it and the problem."""


class FlagError(ConfigError):
    """Command-line flags that cannot go together (with each other or with the settings)."""
