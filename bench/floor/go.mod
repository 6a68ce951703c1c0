module gbgbench/floor

go 1.22
