x = "\d"
y = ~True
