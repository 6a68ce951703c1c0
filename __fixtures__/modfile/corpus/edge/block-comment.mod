module example.com/u
/* no */
