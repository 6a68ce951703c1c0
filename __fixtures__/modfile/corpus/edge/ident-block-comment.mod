module example.com/u/*x*/
