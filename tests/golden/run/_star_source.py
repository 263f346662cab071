__all__ = ["public", "also_public", "_exported_private"]
public = "public value"
also_public = lambda: "function"
_exported_private = "private but listed"
not_listed = "hidden by __all__"
