import Foundation
import NewsGraphCore
import Pipeline

// Benchmark: filled in below.
print("newsgraph-bench: not yet")
