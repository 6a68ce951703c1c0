module `example.com/u`
