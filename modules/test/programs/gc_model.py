# gc: the collector's switches, thresholds and tracking rules (collect() reports nothing to
# collect here: see gcmodule.ts for why this is a model).
import gc
print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.DEBUG_LEAK, gc.get_freeze_count(), gc.garbage, gc.callbacks)
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(700, 5)
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(2000, 10, 10)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked((1, 2)), gc.is_tracked({}), gc.is_tracked({'a': 1}),
      gc.is_tracked('s'), gc.is_tracked(()), gc.is_tracked({'a': []}), gc.is_tracked(None), gc.is_tracked(gc))
print(sorted(gc.get_stats()[0]), len(gc.get_stats()), gc.is_finalized([]))
for bad in ['gc.set_threshold()', 'gc.collect(3)', 'gc.collect(-1)', 'gc.is_tracked()', 'gc.enable(1)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
