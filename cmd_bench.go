package main

func cmdBench(env *cmdEnv, args []string) error { return nil }
