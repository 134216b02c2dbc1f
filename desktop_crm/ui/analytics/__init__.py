"""The analytics area: charts of the latest scoring run, the value model editor, tier
policies and the customers who changed segment; and the background score refresher."""
