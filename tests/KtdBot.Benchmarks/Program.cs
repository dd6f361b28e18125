// Placeholder until the search benchmark lands.
return 0;
