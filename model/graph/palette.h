#pragma once
#include "graph/linkgraph.h"

#include <QRgb>

namespace dt::graph {

/// The colour of a node type, the same on the chart, in its printouts and in the exported charts
/// (GEXF viz colours, i2 ANX entity types), so a chart reads the same in every tool.
constexpr QRgb nodeRgb(NodeType t)
{
    switch (t) {
    case NodeType::Number:
        return qRgb(0x2b, 0x6c, 0xb0);
    case NodeType::Operator:
        return qRgb(0xc0, 0x39, 0x2b);
    case NodeType::LeakList:
        return qRgb(0x8e, 0x44, 0xad);
    case NodeType::Person:
        return qRgb(0x27, 0xae, 0x60);
    case NodeType::Device:
        return qRgb(0xd3, 0x54, 0x00);
    case NodeType::Cell:
        return qRgb(0x16, 0xa0, 0x85);
    case NodeType::Aggregate:
        return qRgb(0x7f, 0x8c, 0x8d);
    }
    return qRgb(0x80, 0x80, 0x80);
}

/// The colour of an edge type.
constexpr QRgb edgeRgb(EdgeType t)
{
    switch (t) {
    case EdgeType::Call:
        return qRgb(0x5d, 0x7f, 0xa3);
    case EdgeType::Member:
        return qRgb(0xc0, 0x39, 0x2b);
    case EdgeType::Leak:
        return qRgb(0x8e, 0x44, 0xad);
    case EdgeType::Lineage:
        return qRgb(0x6c, 0x34, 0x83);
    case EdgeType::DeviceUse:
        return qRgb(0xd3, 0x54, 0x00);
    case EdgeType::CellUse:
        return qRgb(0x16, 0xa0, 0x85);
    case EdgeType::Listed:
    case EdgeType::PersonPhone:
        return qRgb(0x27, 0xae, 0x60);
    }
    return qRgb(0x80, 0x80, 0x80);
}

} // namespace dt::graph
