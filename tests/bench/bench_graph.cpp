// Graph benchmark: connected components (the graph algorithm detection uses) over a call graph the
// size of a case's (numbers as vertices, one undirected edge per call), with Boost.Graph (the
// adjacency_list detection uses, and a compressed sparse row graph) against igraph, the reference
// C library. Prints the times, the ratios and checks that all three find the same components.
// Usage: bench_graph [CALLS]   (default 10000000; numbers = CALLS / 10)
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <igraph.h>
#include <vector>

namespace {
double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}
} // namespace

int main(int argc, char **argv)
{
    const long long calls = argc > 1 ? std::atoll(argv[1]) : 10000000LL;
    const long long numbers = std::max(10LL, calls / 10);
    // Like a case: a tenth of the numbers place most calls (call centres, busy lines), every number
    // can be called; a fixed generator, so every run builds the same graph.
    unsigned long long x = 88172645463325252ULL;
    auto next = [&x] {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        return x;
    };
    std::vector<std::pair<long long, long long>> edges(static_cast<size_t>(calls));
    for (auto &e : edges) {
        const bool busy = next() % 10 < 8;
        e.first = busy ? (long long)(next() % (unsigned long long)(numbers / 10))
                       : (long long)(next() % (unsigned long long)numbers);
        e.second = (long long)(next() % (unsigned long long)numbers);
    }
    std::printf("call graph: %lld numbers, %lld calls\n", numbers, calls);

    auto t = std::chrono::steady_clock::now();
    using List = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    List list(static_cast<size_t>(numbers));
    for (const auto &e : edges)
        boost::add_edge(size_t(e.first), size_t(e.second), list);
    const double listBuild = seconds(t);
    t = std::chrono::steady_clock::now();
    std::vector<int> listComp(static_cast<size_t>(numbers));
    const int listCount = boost::connected_components(list, listComp.data());
    const double listCc = seconds(t);

    t = std::chrono::steady_clock::now();
    // CSR needs edges sorted by source; undirected: both directions.
    std::vector<std::pair<size_t, size_t>> both;
    both.reserve(edges.size() * 2);
    for (const auto &e : edges) {
        both.emplace_back(size_t(e.first), size_t(e.second));
        both.emplace_back(size_t(e.second), size_t(e.first));
    }
    std::sort(both.begin(), both.end());
    using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
    Csr csr(boost::edges_are_sorted, both.begin(), both.end(), size_t(numbers));
    const double csrBuild = seconds(t);
    t = std::chrono::steady_clock::now();
    // On a symmetric CSR, components = reachability: a breadth-first labelling.
    std::vector<int> csrComp(static_cast<size_t>(numbers), -1);
    int csrCount = 0;
    std::vector<size_t> queue;
    for (size_t s = 0; s < size_t(numbers); ++s) {
        if (csrComp[s] >= 0)
            continue;
        csrComp[s] = csrCount;
        queue.assign(1, s);
        for (size_t q = 0; q < queue.size(); ++q)
            for (auto [it, end] = boost::adjacent_vertices(queue[q], csr); it != end; ++it)
                if (csrComp[*it] < 0) {
                    csrComp[*it] = csrCount;
                    queue.push_back(*it);
                }
        ++csrCount;
    }
    const double csrCc = seconds(t);

    t = std::chrono::steady_clock::now();
    igraph_vector_int_t ev;
    igraph_vector_int_init(&ev, igraph_integer_t(edges.size() * 2));
    for (size_t k = 0; k < edges.size(); ++k) {
        VECTOR(ev)[2 * k] = edges[k].first;
        VECTOR(ev)[2 * k + 1] = edges[k].second;
    }
    igraph_t g;
    igraph_create(&g, &ev, igraph_integer_t(numbers), IGRAPH_UNDIRECTED);
    const double igBuild = seconds(t);
    t = std::chrono::steady_clock::now();
    igraph_vector_int_t membership, sizes;
    igraph_vector_int_init(&membership, 0);
    igraph_vector_int_init(&sizes, 0);
    igraph_integer_t igCount = 0;
    igraph_connected_components(&g, &membership, &sizes, &igCount, IGRAPH_WEAK);
    const double igCc = seconds(t);

    // The same partition: component labels map one to one.
    bool same = listCount == csrCount && listCount == int(igCount);
    std::vector<long long> toIg(size_t(listCount), -1);
    for (size_t v = 0; v < size_t(numbers) && same; ++v) {
        long long &m = toIg[size_t(listComp[v])];
        const long long ig = VECTOR(membership)[v];
        same = (m < 0 || m == ig);
        m = ig;
    }
    igraph_vector_int_destroy(&membership);
    igraph_vector_int_destroy(&sizes);
    igraph_vector_int_destroy(&ev);
    igraph_destroy(&g);

    std::printf("  %-44s build %7.3f s  components %7.3f s  (%d)\n",
                "Boost.Graph adjacency_list (detection's)", listBuild, listCc, listCount);
    std::printf("  %-44s build %7.3f s  components %7.3f s  (%d)\n",
                "Boost.Graph compressed_sparse_row_graph", csrBuild, csrCc, csrCount);
    std::printf("  %-44s build %7.3f s  components %7.3f s  (%lld)\n", "igraph 0.10 (baseline)", igBuild,
                igCc, (long long)igCount);
    std::printf(
        "  ratio to igraph, build + components: adjacency_list %.2fx, CSR %.2fx; same components: %s\n",
        (listBuild + listCc) / (igBuild + igCc), (csrBuild + csrCc) / (igBuild + igCc), same ? "yes" : "NO");
    return same ? 0 : 1;
}
