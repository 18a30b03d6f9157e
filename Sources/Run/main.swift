import App
print("hi")
