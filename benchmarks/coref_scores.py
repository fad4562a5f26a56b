"""Coreference scores, written for this project: MUC, B3, CEAF-e and CoNLL F1.

The definitions are those of the CoNLL-2011/2012 shared tasks (Pradhan et al. 2014, "Scoring
coreference partitions of predicted mentions"): MUC counts links (Vilain et al. 1995), B3
averages over mentions (Bagga and Baldwin 1998), CEAF-e aligns key and response entities one to
one with the entity similarity phi4 (Luo 2005), and CoNLL F1 is the mean of the three F1s.

A clustering is a mapping from mention id to cluster id. Key and response should cover the same
mentions (gold mentions); a mention missing from one side counts there as a singleton.

    >>> key = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 2, "g": 2}
    >>> response = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3, "f": 4, "g": 4}
    >>> [round(x, 3) for x in muc(key, response)]
    [0.4, 0.667, 0.5]
    >>> [round(x, 3) for x in b_cubed(key, response)]
    [0.452, 0.857, 0.592]
    >>> perfect = conll_f1(key, key)
    >>> perfect
    1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

__all__ = ["Scores", "b_cubed", "ceaf_e", "conll_f1", "muc", "score_all"]

Clustering = Mapping[Hashable, Hashable]
Scores = tuple[float, float, float]
"""Recall, precision, F1."""


def _clusters(clustering: Clustering, mentions: set[Hashable]) -> list[set[Hashable]]:
    grouped: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention in mentions:
        grouped[("cluster", clustering[mention]) if mention in clustering else ("alone", mention)].add(
            mention
        )
    return list(grouped.values())


def _f1(recall: float, precision: float) -> float:
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


def _muc_recall(key: list[set[Hashable]], response_of: Mapping[Hashable, int]) -> float:
    numerator = denominator = 0
    for cluster in key:
        partitions = {response_of[mention] for mention in cluster}
        numerator += len(cluster) - len(partitions)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def muc(key: Clustering, response: Clustering) -> Scores:
    """MUC recall, precision and F1: links kept, over links needed."""
    mentions = set(key) | set(response)
    key_clusters = _clusters(key, mentions)
    response_clusters = _clusters(response, mentions)
    recall = _muc_recall(key_clusters, _index(response_clusters))
    precision = _muc_recall(response_clusters, _index(key_clusters))
    return recall, precision, _f1(recall, precision)


def b_cubed(key: Clustering, response: Clustering) -> Scores:
    """B3 recall, precision and F1, averaged over mentions."""
    mentions = set(key) | set(response)
    key_clusters = _clusters(key, mentions)
    response_clusters = _clusters(response, mentions)
    key_of = _index(key_clusters)
    response_of = _index(response_clusters)
    overlap: dict[tuple[int, int], int] = defaultdict(int)
    for mention in mentions:
        overlap[(key_of[mention], response_of[mention])] += 1
    recall = precision = 0.0
    for (key_index, response_index), shared in overlap.items():
        recall += shared * shared / len(key_clusters[key_index])
        precision += shared * shared / len(response_clusters[response_index])
    count = len(mentions)
    recall, precision = recall / count, precision / count
    return recall, precision, _f1(recall, precision)


def ceaf_e(key: Clustering, response: Clustering) -> Scores:
    """Entity-based CEAF (phi4) recall, precision and F1, with the optimal one-to-one alignment
    of key and response entities."""
    mentions = set(key) | set(response)
    key_clusters = _clusters(key, mentions)
    response_clusters = _clusters(response, mentions)
    key_of = _index(key_clusters)
    response_of = _index(response_clusters)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for mention in mentions:
        shared[(key_of[mention], response_of[mention])] += 1
    similarity = {
        pair: 2 * count / (len(key_clusters[pair[0]]) + len(response_clusters[pair[1]]))
        for pair, count in shared.items()
    }
    total = sum(_best_alignment(component, similarity) for component in _components(similarity))
    recall = total / len(key_clusters) if key_clusters else 0.0
    precision = total / len(response_clusters) if response_clusters else 0.0
    return recall, precision, _f1(recall, precision)


def conll_f1(key: Clustering, response: Clustering) -> float:
    """The CoNLL F1: mean of the MUC, B3 and CEAF-e F1s."""
    return (muc(key, response)[2] + b_cubed(key, response)[2] + ceaf_e(key, response)[2]) / 3


def score_all(key: Clustering, response: Clustering) -> dict[str, float]:
    """Every score, in percent, rounded to two decimals, for benchmark JSON."""
    result: dict[str, float] = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceaf_e", ceaf_e)):
        recall, precision, f1 = metric(key, response)
        result[f"{name}_recall"] = round(100 * recall, 2)
        result[f"{name}_precision"] = round(100 * precision, 2)
        result[f"{name}_f1"] = round(100 * f1, 2)
    result["conll_f1"] = round((result["muc_f1"] + result["b3_f1"] + result["ceaf_e_f1"]) / 3, 2)
    return result


def _index(clusters: list[set[Hashable]]) -> dict[Hashable, int]:
    return {mention: index for index, cluster in enumerate(clusters) for mention in cluster}


def _components(similarity: Mapping[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    """The pairs of the bipartite overlap graph, split into connected components (the optimal
    alignment decomposes over them, which keeps the assignment problems small)."""
    parent: dict[Hashable, Hashable] = {}

    def find(node: Hashable) -> Hashable:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for key_index, response_index in similarity:
        parent[find(("k", key_index))] = find(("r", response_index))
    grouped: dict[Hashable, list[tuple[int, int]]] = defaultdict(list)
    for pair in similarity:
        grouped[find(("k", pair[0]))].append(pair)
    return list(grouped.values())


def _best_alignment(
    pairs: list[tuple[int, int]], similarity: Mapping[tuple[int, int], float]
) -> float:
    """The largest total similarity of a one-to-one alignment (Hungarian algorithm)."""
    rows = sorted({k for k, _ in pairs})
    columns = sorted({r for _, r in pairs})
    if len(rows) == 1 or len(columns) == 1:
        return max(similarity[pair] for pair in pairs)
    transpose = len(rows) > len(columns)
    if transpose:
        rows, columns = columns, rows
    size_rows, size_columns = len(rows), len(columns)

    def cost(i: int, j: int) -> float:
        pair = (columns[j], rows[i]) if transpose else (rows[i], columns[j])
        return -similarity.get(pair, 0.0)

    # Shortest augmenting path version (rows <= columns), 1-based with a dummy column 0.
    infinity = float("inf")
    u = [0.0] * (size_rows + 1)
    v = [0.0] * (size_columns + 1)
    match = [0] * (size_columns + 1)
    way = [0] * (size_columns + 1)
    for i in range(1, size_rows + 1):
        match[0] = i
        column = 0
        minimum = [infinity] * (size_columns + 1)
        used = [False] * (size_columns + 1)
        while True:
            used[column] = True
            row = match[column]
            delta = infinity
            next_column = 0
            for j in range(1, size_columns + 1):
                if not used[j]:
                    current = cost(row - 1, j - 1) - u[row] - v[j]
                    if current < minimum[j]:
                        minimum[j] = current
                        way[j] = column
                    if minimum[j] < delta:
                        delta = minimum[j]
                        next_column = j
            for j in range(size_columns + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minimum[j] -= delta
            column = next_column
            if match[column] == 0:
                break
        while column:
            previous = way[column]
            match[column] = match[previous]
            column = previous
    return -sum(cost(match[j] - 1, j - 1) for j in range(1, size_columns + 1) if match[j])
