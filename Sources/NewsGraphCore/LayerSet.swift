/// A set of layers as one bit each: what a document records it has (`Document.completedLayers`).
///
/// Every stage adds its layers to every article; in a `Set<Layer>` that hashed each layer and grew the set's
/// storage once an article, about 3.5M instructions a pass over 10kGNAD.
public struct LayerSet: SetAlgebra, Hashable, Sendable {
    public typealias Element = Layer
    public typealias ArrayLiteralElement = Layer

    private var bits: UInt8

    public init() { bits = 0 }

    /// The layers of `layers`.
    public init(_ layers: Set<Layer>) {
        self.init()
        formUnion(layers)
    }

    private init(bits: UInt8) { self.bits = bits }

    private static func bit(_ layer: Layer) -> UInt8 { 1 << UInt8(layer.ordinal) }

    public var isEmpty: Bool { bits == 0 }

    public func contains(_ member: Layer) -> Bool { bits & Self.bit(member) != 0 }

    public func union(_ other: LayerSet) -> LayerSet { LayerSet(bits: bits | other.bits) }

    public func intersection(_ other: LayerSet) -> LayerSet { LayerSet(bits: bits & other.bits) }

    public func symmetricDifference(_ other: LayerSet) -> LayerSet { LayerSet(bits: bits ^ other.bits) }

    @discardableResult
    public mutating func insert(_ newMember: Layer) -> (inserted: Bool, memberAfterInsert: Layer) {
        let present = contains(newMember)
        bits |= Self.bit(newMember)
        return (!present, newMember)
    }

    @discardableResult
    public mutating func remove(_ member: Layer) -> Layer? {
        guard contains(member) else { return nil }
        bits &= ~Self.bit(member)
        return member
    }

    @discardableResult
    public mutating func update(with newMember: Layer) -> Layer? {
        let present = contains(newMember)
        bits |= Self.bit(newMember)
        return present ? newMember : nil
    }

    public mutating func formUnion(_ other: LayerSet) { bits |= other.bits }

    public mutating func formIntersection(_ other: LayerSet) { bits &= other.bits }

    public mutating func formSymmetricDifference(_ other: LayerSet) { bits ^= other.bits }

    /// Adds a stage's layers (`Stage.produces`): read off the set without hashing them again. (Disfavoured, so that
    /// an array literal is a `LayerSet`.)
    @_disfavoredOverload
    public mutating func formUnion(_ layers: Set<Layer>) {
        for layer in layers { bits |= Self.bit(layer) }
    }

    /// Whether every layer of `layers` is in the set.
    @_disfavoredOverload
    public func isSuperset(of layers: Set<Layer>) -> Bool {
        layers.allSatisfy { contains($0) }
    }

    /// The layers in pipeline order.
    public var layers: [Layer] { Layer.allCases.filter { contains($0) } }
}
