import LabShell
print("scalelab")
