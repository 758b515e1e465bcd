import sys

from generator.cli.main import main

if __name__ == "__main__":   # a worker process (`grupper build`) imports this module without running it
    sys.exit(main())
