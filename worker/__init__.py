"""Job entry points, the command line and settings: the edge where configuration is read."""
