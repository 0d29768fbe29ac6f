# A car, an electric car and a garage: properties, class attributes, __str__ and errors.
class Car:
    wheels = 4
    made = 0

    def __init__(self, make, model, year, fuel=50):
        self.make, self.model, self.year = make, model, year
        self._fuel = fuel
        self.odometer = 0
        Car.made += 1

    @property
    def fuel(self):
        return self._fuel

    def drive(self, km):
        needed = km / 10
        if needed > self._fuel:
            possible = self._fuel * 10
            self.odometer += possible
            self._fuel = 0
            raise RuntimeError(f'{self} ran out of fuel after {possible:.0f} km')
        self._fuel -= needed
        self.odometer += km
        return self

    def refuel(self, litres):
        self._fuel = min(60, self._fuel + litres)

    def __str__(self):
        return f'{self.year} {self.make} {self.model}'

class ElectricCar(Car):
    def __init__(self, make, model, year, battery=75):
        super().__init__(make, model, year, fuel=0)
        self.battery = battery

    @property
    def fuel(self):
        return 'n/a'

    def drive(self, km):
        if km * 0.2 > self.battery:
            raise RuntimeError(f'{self} battery too low for {km} km')
        self.battery -= km * 0.2
        self.odometer += km
        return self

class Garage:
    def __init__(self, capacity):
        self.capacity = capacity
        self.cars = []

    def park(self, car):
        if len(self.cars) >= self.capacity:
            raise OverflowError(f'garage full, cannot park {car}')
        self.cars.append(car)

    def __len__(self):
        return len(self.cars)

    def __iter__(self):
        return iter(self.cars)

g = Garage(2)
cars = [Car('Toyota', 'Corolla', 2018, fuel=20), ElectricCar('Tesla', 'Model 3', 2022), Car('VW', 'Golf', 2015)]
for car in cars:
    try:
        g.park(car)
        print('parked', car)
    except OverflowError as e:
        print(e)
for car in g:
    try:
        car.drive(150).drive(100)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(f'{str(car):24} odometer={car.odometer:.0f} fuel={car.fuel}')
cars[0].refuel(100)
print(cars[0].fuel, Car.made, ElectricCar.wheels, len(g))
