# Warnings while importing: SyntaxWarnings name the imported file; the folding of ~True is
# attributed to importlib's frame, so the default filters hide it.
print("start")
import warn_imported
print(warn_imported.y)
