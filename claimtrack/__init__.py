"""claimtrack: track sourced claims, figures and dates across news articles."""

__version__ = "0.1.0"
