"""policytext: analyse Chinese government policy documents."""

__version__ = "0.1.0"
