#include "analysis/lineagelayers.h"

#include <algorithm>
#include <QHash>

namespace dt::analysis {

int LineageLayers::columnOf(const QString &list) const
{
    for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].contains(list))
            return int(c);
    return -1;
}

LineageLayers LineageLayers::of(const std::vector<ListSummary> &lists, const std::vector<Resale> &lineage)
{
    QHash<QString, const ListSummary *> listOf;
    for (const ListSummary &l : lists)
        listOf.insert(l.source, &l);
    // Layers by the longest chain of resales above each list (a cycle cannot occur, but stay bounded).
    QHash<QString, int> layer;
    for (const Resale &e : lineage) {
        for (const QString *name : {&e.parent, &e.child})
            if (listOf.contains(*name))
                layer.insert(*name, 0);
    }
    for (size_t round = 0; round < lists.size(); ++round) {
        bool changed = false;
        for (const Resale &e : lineage) {
            if (layer.contains(e.parent) && layer.contains(e.child) &&
                layer.value(e.child) < layer.value(e.parent) + 1) {
                layer[e.child] = layer.value(e.parent) + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    int layers = 0;
    for (int l : std::as_const(layer))
        layers = std::max(layers, l + 1);

    LineageLayers out;
    out.columns.resize(size_t(layers));
    for (const ListSummary &l : lists) {
        if (layer.contains(l.source))
            out.columns[size_t(layer.value(l.source))] << l.source;
        else
            out.apart << l.source;
    }
    // Each column after its parents' rows, then acquisition date and name.
    QHash<QString, double> row;
    for (QStringList &col : out.columns) {
        auto key = [&](const QString &name) {
            double sum = 0;
            int n = 0;
            for (const Resale &e : lineage)
                if (e.child == name && row.contains(e.parent)) {
                    sum += row.value(e.parent);
                    ++n;
                }
            return n ? sum / n : 0.0;
        };
        std::stable_sort(col.begin(), col.end(), [&](const QString &a, const QString &b) {
            const double ka = key(a), kb = key(b);
            if (ka != kb)
                return ka < kb;
            return std::make_pair(listOf.value(a)->acquired, a) <
                   std::make_pair(listOf.value(b)->acquired, b);
        });
        for (int i = 0; i < int(col.size()); ++i)
            row.insert(col.at(i), i);
    }
    return out;
}

} // namespace dt::analysis
