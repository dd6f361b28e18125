// Placeholder entry point while the host is being assembled; replaced by the CLI dispatcher.
return 0;
