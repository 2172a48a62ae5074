"""Generated specimen images with their expected Darwin Core fields (see README.md)."""
