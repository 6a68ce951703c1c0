// Command hello is the sample module the README and the self-test workflow gate.
package main

import "fmt"

func main() {
	fmt.Println("hello from a gated build")
}
