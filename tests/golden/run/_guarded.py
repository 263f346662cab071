print("guarded module body runs, __name__ =", __name__)
def main():
    return "main called"
if __name__ == "__main__":
    print("this only runs as a script")
