import Foundation

/// One `Value` for each thread that asks, made on its first call and found again through a pthread key: what the
/// stage keeps from one article to the next without a lock, as the pipeline runs batches on several threads at
/// once and each thread reads and writes only its own.
final class PerThread<Value: AnyObject>: @unchecked Sendable {
    private let make: @Sendable () -> Value
    /// The key under which each thread finds its value, held unretained: `values` keeps them. A constant: as a
    /// variable, each article's look-up of it went through the run-time exclusivity check.
    private let threadKey: pthread_key_t
    /// Guards `values`, taken only when a thread makes its value.
    private let lock = NSLock()
    /// Every thread's value, released with this object.
    private var values: [Value] = []

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        var key = pthread_key_t()
        guard pthread_key_create(&key, nil) == 0 else { fatalError("no thread-specific key") }
        threadKey = key
    }

    deinit { pthread_key_delete(threadKey) }

    /// The calling thread's value.
    func local() -> Value {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<Value>.fromOpaque(pointer).takeUnretainedValue()
        }
        let value = make()
        lock.lock()
        values.append(value)
        lock.unlock()
        pthread_setspecific(threadKey, Unmanaged.passUnretained(value).toOpaque())
        return value
    }
}
