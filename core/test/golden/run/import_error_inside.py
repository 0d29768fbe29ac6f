print("main")
import mod_bad
