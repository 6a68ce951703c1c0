module "example.com/u
"
