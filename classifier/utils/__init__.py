"""Utilities every stage uses: work once per distinct value, texts cut into words by Arrow."""
