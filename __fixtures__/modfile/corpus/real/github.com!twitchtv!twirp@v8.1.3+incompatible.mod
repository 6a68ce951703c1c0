module github.com/twitchtv/twirp
