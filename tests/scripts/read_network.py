"""Read a GraphML or GEXF network with networkx and print what the tests
compare, as JSON: the graph class, node and edge counts, the sum of edge
weights, and per edge its relation, weight and article count.

    python3 tests/scripts/read_network.py FILE.graphml|FILE.gexf
"""
import json
import sys

import networkx as nx

path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
edges = []
for u, v, d in g.edges(data=True):
    articles = [a for a in str(d.get("articles", "")).split(";") if a]
    edges.append(
        {
            "source": g.nodes[u].get("iri"),
            "target": g.nodes[v].get("iri"),
            "relation": d.get("relation"),
            "weight": d.get("weight"),
            "articles": len(articles),
        }
    )
print(
    json.dumps(
        {
            "class": type(g).__name__,
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "weight_sum": sum(float(d.get("weight", 0)) for _, _, d in g.edges(data=True)),
            "kinds": sorted({d.get("kind") for _, d in g.nodes(data=True)}),
            "edge_list": edges,
        }
    )
)
