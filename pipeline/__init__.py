"""parafacts: check that the English and French versions of a news article report the same figures."""

__version__ = "0.1.0"
