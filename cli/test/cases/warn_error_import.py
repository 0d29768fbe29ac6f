# With an "error" filter, a SyntaxWarning in an imported module is a SyntaxError there.
import warnings
warnings.simplefilter("error")
import warn_imported
