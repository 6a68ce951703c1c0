module example.com/u
godebug panicnil
