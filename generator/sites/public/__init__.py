"""The public group directory: pages, feeds and open data made from public views only."""
