# L02-23 (waiting on sys.settrace, issue 16): a trace function sees `call`, a `line` event
# per line run, and `return`. Move this file up into examples/ when sys.settrace exists.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'two':
        events.append(event)
    return tracer

def two():
    a = 1
    return a

sys.settrace(tracer)
two()
sys.settrace(None)
print(events)
