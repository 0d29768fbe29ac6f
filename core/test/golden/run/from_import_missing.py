from mod_helper import shout
shout("hi")
from mod_helper import whisper
