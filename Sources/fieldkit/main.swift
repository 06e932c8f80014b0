print("fieldkit")
