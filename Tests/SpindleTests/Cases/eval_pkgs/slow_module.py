import time
print("slow_module body runs")
time.sleep(0.2)
runs = 1
