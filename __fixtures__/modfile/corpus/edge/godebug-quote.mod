module example.com/u
godebug "a=b"
