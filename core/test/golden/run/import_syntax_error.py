print("importing")
import mod_syntax
