// Command floor is the native floor of the cache benchmark: the same work the gate does on a Go
// build cache, written plainly in Go, so `npm run bench` can compare the gate against it.
//
//	floor full  <GOCACHE>          lstat every entry of 00..ff, parse every action entry, SHA-256
//	                               every output and compare with its name, cross-check sizes
//	floor quick <GOCACHE>          the same without hashing
//	floor prune <GOCACHE> <list>   the quick scan (the gate decides from it), then remove the
//	                               entries named in <list> (NUL-separated, relative to GOCACHE)
//	                               by name relative to each shard's directory handle
//
// One goroutine per core claims shards from a shared counter; 1 MiB read buffer per goroutine.
// It prints "<entries> <problems>" and exits 0.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

const entrySize = 175

type action struct {
	out  string
	size int64
}

type output struct {
	size int64
}

type shard struct {
	actions  map[string]action
	outputs  map[string]output
	problems int
	entries  int
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// parseAction checks an action entry the way Go's cache does (and the gate does).
func parseAction(data []byte, id string) (action, bool) {
	if len(data) != entrySize || data[0] != 'v' || data[1] != '1' || data[2] != ' ' ||
		data[67] != ' ' || data[132] != ' ' || data[153] != ' ' || data[174] != '\n' {
		return action{}, false
	}
	if string(data[3:67]) != id {
		return action{}, false
	}
	out := string(data[68:132])
	if !isHex(out) {
		return action{}, false
	}
	size, err := strconv.ParseInt(strings.TrimLeft(string(data[133:153]), " "), 10, 64)
	if err != nil || size < 0 {
		return action{}, false
	}
	t, err := strconv.ParseInt(strings.TrimLeft(string(data[154:174]), " "), 10, 64)
	if err != nil || t < 0 {
		return action{}, false
	}
	return action{out, size}, true
}

func trusted(st fs.FileInfo) bool {
	sys := st.Sys().(*syscall.Stat_t)
	return st.Mode().Perm()&0o002 == 0 && sys.Nlink <= 1
}

func hashFile(p string, buf []byte) (string, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	for {
		n, err := f.Read(buf)
		h.Write(buf[:n])
		if err != nil || n == 0 {
			break
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func readAction(p string, buf []byte) ([]byte, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	n, _ := f.ReadAt(buf[:entrySize+1], 0)
	return buf[:n], nil
}

func scanShard(root, sub string, hash bool, buf []byte) shard {
	s := shard{actions: map[string]action{}, outputs: map[string]output{}}
	dir := filepath.Join(root, sub)
	names, err := readNames(dir)
	if err != nil {
		return s
	}
	for _, name := range names {
		p := dir + "/" + name
		st, err := os.Lstat(p)
		if err != nil {
			continue
		}
		s.entries++
		if len(name) != 66 || name[64] != '-' || !strings.HasPrefix(name, sub) || !isHex(name[:64]) {
			s.problems++
			continue
		}
		id := name[:64]
		file := p
		if name[65] == 'd' && st.IsDir() {
			inner, err := readNames(p)
			if err != nil || len(inner) != 1 {
				s.problems++
				continue
			}
			file = p + "/" + inner[0]
			if st, err = os.Lstat(file); err != nil {
				continue
			}
		}
		if !st.Mode().IsRegular() || !trusted(st) {
			s.problems++
			continue
		}
		switch name[65] {
		case 'd':
			s.outputs[id] = output{st.Size()}
			if hash {
				sum, err := hashFile(file, buf)
				if err != nil || sum != id {
					s.problems++
				}
			}
		case 'a':
			data, err := readAction(p, buf)
			if err != nil {
				s.problems++
				continue
			}
			if a, ok := parseAction(data, id); ok {
				s.actions[id] = a
			} else {
				s.problems++
			}
		default:
			s.problems++
		}
	}
	return s
}

func readNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// scan runs scanShard over 00..ff with one goroutine per core and cross-checks the result.
func scan(root string, hash bool) (entries, problems int) {
	shards := make([]shard, 256)
	var next atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 1<<20)
			for {
				i := int(next.Add(1)) - 1
				if i >= 256 {
					return
				}
				shards[i] = scanShard(root, fmt.Sprintf("%02x", i), hash, buf)
			}
		}()
	}
	wg.Wait()
	outputs := map[string]output{}
	for _, s := range shards {
		for id, o := range s.outputs {
			outputs[id] = o
		}
		entries += s.entries
		problems += s.problems
	}
	for _, s := range shards {
		for _, a := range s.actions {
			if o, ok := outputs[a.out]; !ok || o.size != a.size {
				problems++
			}
		}
	}
	return entries, problems
}

// removeListed removes the NUL-separated entries of list (xx/name, relative to root) the way the
// gate does: each shard is opened once without following links and checked with fstat, and
// every entry is unlinked by name relative to that handle (unlinkat); a directory entry (an
// executable's -d) is removed with its one file by path.
func removeListed(root string, list []byte) int {
	byShard := map[string][]string{}
	for _, rel := range bytes.Split(list, []byte{0}) {
		if len(rel) == 0 {
			continue
		}
		sub, name := filepath.Split(string(rel))
		byShard[sub] = append(byShard[sub], name)
	}
	removed := 0
	for sub, names := range byShard {
		dir := filepath.Join(root, sub)
		fd, err := syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
		if err != nil {
			continue
		}
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			for _, name := range names {
				err := syscall.Unlinkat(fd, name)
				if err == syscall.EISDIR || err == syscall.EPERM {
					err = os.RemoveAll(filepath.Join(dir, name))
				}
				if err == nil {
					removed++
				}
			}
		}
		syscall.Close(fd)
	}
	return removed
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: floor full|quick|prune GOCACHE [list]")
		os.Exit(2)
	}
	root := os.Args[2]
	switch os.Args[1] {
	case "full", "quick":
		e, p := scan(root, os.Args[1] == "full")
		fmt.Println(e, p)
	case "prune":
		list, err := os.ReadFile(os.Args[3])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		e, p := scan(root, false)
		removed := removeListed(root, list)
		fmt.Println(e, p, removed)
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}
