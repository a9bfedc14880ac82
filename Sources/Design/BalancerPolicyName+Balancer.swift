import MiniCluster

extension BalancerPolicyName {
    var balancerPolicy: Balancer.Policy {
        switch self {
        case .roundRobin: return .roundRobin
        case .leastConnections: return .leastConnections
        case .powerOfTwo: return .powerOfTwoChoices
        case .consistentHash: return .consistentHash
        case .random: return .random
        }
    }
}
