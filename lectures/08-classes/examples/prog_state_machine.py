# A traffic-light / order state machine with state classes and transition errors.
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f'cannot {event!r} from state {state.name!r}')
        self.state = state
        self.event = event

class State:
    name = 'abstract'
    transitions = {}

    def on(self, event):
        try:
            return self.transitions[event]()
        except KeyError:
            raise TransitionError(self, event) from None

    def __repr__(self):
        return f'<{self.name}>'

    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(self.name)

class Pending(State):
    name = 'pending'
    transitions = {'pay': lambda: Paid(), 'cancel': lambda: Cancelled()}

class Paid(State):
    name = 'paid'
    transitions = {'ship': lambda: Shipped(), 'refund': lambda: Cancelled()}

class Shipped(State):
    name = 'shipped'
    transitions = {'deliver': lambda: Delivered()}

class Delivered(State):
    name = 'delivered'

class Cancelled(State):
    name = 'cancelled'

class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = Pending()
        self.log = [self.state]

    def handle(self, event):
        self.state = self.state.on(event)
        self.log.append(self.state)
        return self

    @property
    def done(self):
        return isinstance(self.state, (Delivered, Cancelled))

o = Order(1)
o.handle('pay').handle('ship').handle('deliver')
print(o.log, o.done)
o2 = Order(2)
for ev in ['pay', 'deliver', 'refund', 'ship']:
    try:
        o2.handle(ev)
        print('ok', ev, o2.state)
    except TransitionError as e:
        print('error:', e, '| state stays', e.state)
print(o2.log, o2.done, Paid() == Paid(), len({Paid(), Paid(), Shipped()}))
print([cls.name for cls in State.__subclasses__()])
Order(3).handle('ship')
